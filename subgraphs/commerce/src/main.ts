import 'reflect-metadata';
import { startSubgraph } from '../../../shared/subgraph';
import { commerceSubgraph } from './definition';

startSubgraph(commerceSubgraph);
