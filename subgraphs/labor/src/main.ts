import 'reflect-metadata';
import { startSubgraph } from '../../../shared/subgraph';
import { laborSubgraph } from './definition';

startSubgraph(laborSubgraph);
